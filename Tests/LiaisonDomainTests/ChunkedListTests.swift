@testable import LiaisonDomain
import Testing

@Suite("The summary's chunked list")
struct ChunkedListTests {
    @Test func holdsWhatIsAppendedAcrossChunksInOrder() {
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
            #expect(list.indices == 0..<count)
            if count > 0 { #expect(list[count - 1] == plain[count - 1] && list[count / 2] == plain[count / 2]) }
            // A copy taken before more is added keeps what it had: the list is a value.
            let before = list
            list.append(99)
            #expect(Array(before) == plain && list.count == count + 1 && list.last == 99, "\(count)")
        }
    }
}
