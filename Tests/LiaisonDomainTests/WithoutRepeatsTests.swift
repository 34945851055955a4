import LiaisonDomain
import Testing

@Suite("Lists without repeats")
struct WithoutRepeatsTests {
    @Test func keepsTheFirstOfEachInOrder() {
        #expect([Int]().withoutRepeats() == [])
        #expect([7].withoutRepeats() == [7])
        #expect([3, 1, 3, 2, 1, 3].withoutRepeats() == [3, 1, 2])
        let long = (0..<100_000).map { $0 % 1_000 }
        #expect(long.withoutRepeats() == Array(0..<1_000))
    }
}
