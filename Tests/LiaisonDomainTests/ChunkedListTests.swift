@testable import LiaisonDomain
import Testing

@Suite("The summary's chunked list")
struct ChunkedListTests {
    @Test func holdsWhatIsAppendedAcrossChunksAndSortsInPlace() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 1023, 1024, 1025, 5000] {
            var list = ChunkedList<Int>()
            var plain: [Int] = []
            for _ in 0..<count {
                let value = Int.random(in: -50...50, using: &random)
                list.append(value)
                plain.append(value)
            }
            #expect(list.count == count && Array(list) == plain, "\(count)")
            if count > 0 {
                list[count - 1] = 1000
                plain[count - 1] = 1000
            }
            // A copy taken before sorting keeps its order: the list is a value.
            let before = list
            list.sort()
            #expect(Array(list) == plain.sorted(), "\(count)")
            #expect(Array(before) == plain, "\(count)")
        }
    }
}
