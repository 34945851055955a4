@testable import LiaisonDomain
import Testing

@Suite("The head of a list in order")
struct FirstInOrderTests {
    @Test func theHeadIsTheSortedListsHeadAndTheTotalItsLength() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            // Distinct pairs, as the summary's orders are total: a value and a tie-breaking number.
            let values = (0..<next(300)).map { (next(20), $0) }.shuffled()
            let limit = next(40)
            let found = values.firstInOrder(limit) { $0 < $1 }
            #expect(found.total == values.count)
            #expect(found.head.elementsEqual(values.sorted { $0 < $1 }.prefix(limit)) { $0 == $1 }, "limit \(limit) of \(values.count)")
        }
    }
}
