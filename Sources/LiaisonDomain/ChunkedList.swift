/// A list that grows in fixed-size chunks of 1,024: appending never copies what is already
/// there, and only the last chunk stands part-empty. For the summary's million stance entries,
/// where an array's doubling would reserve up to twice their size and leave each outgrown copy
/// to the allocator.
struct ChunkedList<Element>: RandomAccessCollection {
    private static var chunkShift: Int { 10 }
    private static var chunkSize: Int { 1 << chunkShift }

    private var chunks: [[Element]] = []
    private(set) var count = 0

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    /// A range rather than the default `DefaultIndices`, which would hold a copy of the list.
    var indices: Range<Int> { 0..<count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index out of range")
        return chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
    }

    mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }
}

extension ChunkedList: Sendable where Element: Sendable {}
