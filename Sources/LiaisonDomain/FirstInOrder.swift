extension Sequence {
    /// The first `limit` elements in the order `areInIncreasingOrder` gives (a strict total
    /// order), and how many elements there were: `sorted(by:).prefix(limit)` without sorting
    /// them all. The summary shows the head of lists of thousands (the holders of an issue's
    /// stances, the organisations not met), so only the head is kept in order as they pass.
    func firstInOrder(_ limit: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> (head: [Element], total: Int) {
        var head: [Element] = []
        var total = 0
        guard limit > 0 else { return ([], reduce(0) { count, _ in count + 1 }) }
        head.reserveCapacity(limit)
        for element in self {
            total += 1
            if head.count == limit {
                guard areInIncreasingOrder(element, head[limit - 1]) else { continue }
                head.removeLast()
            }
            // Where it goes: after every element before it.
            var low = 0, high = head.count
            while low < high {
                let middle = (low + high) / 2
                if areInIncreasingOrder(head[middle], element) { low = middle + 1 } else { high = middle }
            }
            head.insert(element, at: low)
        }
        return (head, total)
    }
}
