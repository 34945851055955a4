extension Array where Element: Hashable {
    /// The elements in their order, each once. Linear however long the list (a person may speak
    /// for thousands of organisations), and with no set made for the usual one or none.
    public func withoutRepeats() -> [Element] {
        guard count > 1 else { return self }
        var seen = Set<Element>(minimumCapacity: count)
        return filter { seen.insert($0).inserted }
    }
}
