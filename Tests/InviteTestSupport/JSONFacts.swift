public import Foundation

/// Compares JSON documents where the expected one holds only the facts a fixture asserts.
///
/// Every key present in `expected` must be present in `actual` with a matching value; objects match
/// recursively, arrays element-wise with the same length, scalars exactly (`null` matches only `null`).
public enum JSONFacts {
    /// The paths where `actual` differs from `expected`, with both values; empty when it matches.
    public static func mismatches(expected: Any, actual: Any, path: String = "$") -> [String] {
        switch (expected, actual) {
        case let (e as [String: Any], a as [String: Any]):
            var result: [String] = []
            for key in e.keys.sorted() {
                guard let value = a[key] else {
                    result.append("\(path).\(key): missing (expected \(render(e[key] ?? NSNull())))")
                    continue
                }
                result += mismatches(expected: e[key] ?? NSNull(), actual: value, path: "\(path).\(key)")
            }
            return result
        case let (e as [Any], a as [Any]):
            guard e.count == a.count else {
                return ["\(path): \(a.count) elements, expected \(e.count): \(render(a)) vs \(render(e))"]
            }
            return zip(e, a).enumerated().flatMap { mismatches(expected: $1.0, actual: $1.1, path: "\(path)[\($0)]") }
        case (is NSNull, is NSNull):
            return []
        default:
            if let e = expected as? NSObject, let a = actual as? NSObject, e.isEqual(a),
                type(of: expected) == type(of: actual) || !(expected is NSNull || actual is NSNull)
            {
                return []
            }
            return ["\(path): got \(render(actual)), expected \(render(expected))"]
        }
    }

    /// Parses JSON bytes into Foundation objects.
    public static func object(_ data: Data) throws -> Any {
        try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    static func render(_ value: Any) -> String {
        if value is NSNull { return "null" }
        guard JSONSerialization.isValidJSONObject(value) || value is String || value is NSNumber else {
            return "\(value)"
        }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(value)"
    }
}
