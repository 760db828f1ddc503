// swift-tools-version: 6.2
// Benchmarks live in their own package so they stay outside the library's dependency graph.
import PackageDescription

let package = Package(
    name: "invite-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "invite", path: "..")],
    targets: [
        .executableTarget(
            name: "invite-bench",
            dependencies: [.product(name: "InviteKit", package: "invite")]
        )
    ]
)
