// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "invite",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "invite", targets: ["invite"]),
        .library(
            name: "InviteKit",
            targets: [
                "InviteMIME", "InviteICalendar", "InviteHTML", "InviteModel", "InviteExtraction", "InviteTemplates",
            ]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "InviteMIME"),
        .target(name: "InviteSQLite", dependencies: ["CSQLite"]),
        .target(name: "InviteICalendar"),
        .target(name: "InviteHTML", dependencies: ["CLibXML2"]),
        .target(name: "InviteModel", dependencies: ["InviteICalendar"]),
        .target(
            name: "InviteExtraction",
            dependencies: ["InviteModel", "InviteMIME", "InviteICalendar", "InviteHTML"],
            // The canonical language packs; BuiltinLanguagePacks.swift embeds them (a test checks they agree).
            exclude: ["LanguagePacks/de.pack", "LanguagePacks/en.pack", "LanguagePacks/es.pack", "LanguagePacks/fr.pack",
                "LanguagePacks/it.pack", "LanguagePacks/nl.pack", "LanguagePacks/pt.pack"]
        ),
        .target(
            name: "InviteTemplates",
            dependencies: [
                "InviteModel", "InviteMIME", "InviteICalendar",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "invite",
            dependencies: [
                "InviteMIME", "InviteICalendar", "InviteHTML", "InviteModel", "InviteExtraction", "InviteTemplates",
                "InviteSQLite", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "InviteTestSupport", path: "Tests/InviteTestSupport"),
        .testTarget(name: "InviteMIMETests", dependencies: ["InviteMIME", "InviteTestSupport"]),
        .testTarget(name: "InviteICalendarTests", dependencies: ["InviteICalendar", "InviteModel", "InviteTestSupport"]),
        .testTarget(name: "InviteHTMLTests", dependencies: ["InviteHTML", "InviteTestSupport"]),
        .testTarget(
            name: "InviteExtractionTests",
            dependencies: ["InviteExtraction", "InviteModel", "InviteMIME", "InviteTestSupport"]
        ),
        .testTarget(
            name: "InviteTemplatesTests",
            dependencies: ["InviteTemplates", "InviteModel", "InviteICalendar", "InviteMIME", "InviteTestSupport"]
        ),
        .testTarget(name: "InviteCLITests", dependencies: ["invite", "InviteICalendar", "InviteMIME", "InviteTestSupport"]),
    ]
)

// Upcoming features every target opts into (as swift-log, hummingbird and leaf-kit do).
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ])
    target.swiftSettings = settings
}
