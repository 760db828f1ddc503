/// Collects microdata items (`itemscope`/`itemtype`/`itemprop`) while the tree is walked, and turns them into
/// JSON-LD-shaped values so one extractor reads both syntaxes (WHATWG HTML §5.2).
struct MicrodataBuilder {
    private enum Value {
        case text(String)
        case item(Int)
    }

    private struct Item {
        var types: [String]
        var id: String?
        var properties: [(name: String, value: Value)] = []
    }

    private var items: [Item] = []
    private var roots: [Int] = []
    private var open: [Int] = []

    var isEmpty: Bool { items.isEmpty }

    /// Opens an item; when the element also has `itemprop`, the item becomes that property of the enclosing item.
    mutating func begin(types: String?, id: String?, propertyNames: String?) {
        let index = items.count
        items.append(Item(types: split(types ?? ""), id: id))
        if let propertyNames, let parent = open.last {
            for name in split(propertyNames) { items[parent].properties.append((name, .item(index))) }
        } else {
            roots.append(index)
        }
        open.append(index)
    }

    /// Closes the innermost item.
    mutating func end() {
        _ = open.popLast()
    }

    /// Adds a text value for every name in `propertyNames` to the innermost open item.
    mutating func add(propertyNames: String, value: String) {
        guard let current = open.last else { return }
        for name in split(propertyNames) { items[current].properties.append((name, .text(value))) }
    }

    /// The top-level items as JSON-LD-shaped objects (`@type`, then one member per property name).
    func jsonRoots() -> JSONValue {
        .array(roots.map { json(item: $0, depth: 0) })
    }

    private func json(item index: Int, depth: Int) -> JSONValue {
        let item = items[index]
        var members: [(key: String, value: JSONValue)] = []
        if !item.types.isEmpty { members.append(("@type", .array(item.types.map(JSONValue.string)))) }
        if let id = item.id { members.append(("@id", .string(id))) }
        var order: [String] = []
        var values: [String: [JSONValue]] = [:]
        for property in item.properties {
            let value: JSONValue
            switch property.value {
            case .text(let s): value = .string(s)
            case .item(let child):
                // Items may only nest as deep as the walk allowed; cycles are impossible (children come later).
                value = depth < 32 && child > index ? json(item: child, depth: depth + 1) : .null
            }
            if values[property.name] == nil { order.append(property.name) }
            values[property.name, default: []].append(value)
        }
        for name in order {
            let list = values[name] ?? []
            members.append((name, list.count == 1 ? list[0] : .array(list)))
        }
        return .object(members)
    }

    private func split(_ s: String) -> [String] {
        s.utf8.split(whereSeparator: { $0 <= 0x20 }).map { String(Substring($0)) }
    }
}
