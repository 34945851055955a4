// swift-tools-version: 6.2
import PackageDescription

// Dependencies point one way: executables → server app / client → store / domain → database layer.
// The CLI (`liaison`) never links libpq, the database layer or the server framework.
let package = Package(
    name: "liaison",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "liaisond", targets: ["liaisond"]),
        .executable(name: "liaison", targets: ["liaison"]),
        .executable(name: "liaison-bench", targets: ["LiaisonBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.7.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.1.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
    ],
    targets: [
        // libpq, the PostgreSQL C client library (Debian: libpq-dev).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        // Build-time tool that embeds text files (migrations, the OpenAPI document) as Swift strings.
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedTool"]),

        // Safe async access to PostgreSQL over libpq: connections, parameters, rows, errors,
        // transactions, pool, migrations and the embedded cluster.
        .target(
            name: "LiaisonPostgres",
            dependencies: [
                "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The domain: types, validation and arithmetic. Pure Swift, no database, no framework.
        .target(name: "LiaisonDomain"),
        // SQL per aggregate, and the schema migrations embedded from sql/.
        .target(
            name: "LiaisonStore",
            dependencies: ["LiaisonDomain", "LiaisonPostgres"],
            exclude: ["Demo"],
            plugins: ["EmbedFiles"]
        ),
        // The HTTP contract: openapi.yaml and the types generated from it, shared by server and client.
        .target(
            name: "LiaisonAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [
                .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator"),
                "EmbedFiles",
            ]
        ),
        // The server application: configuration, routes, handlers, lifecycle.
        .target(
            name: "LiaisonServer",
            dependencies: [
                "LiaisonAPI", "LiaisonDomain", "LiaisonStore", "LiaisonPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The client library used by the CLI: HTTP only.
        .target(
            name: "LiaisonClient",
            dependencies: [
                "LiaisonAPI", "LiaisonDomain",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "liaisond",
            dependencies: [
                "LiaisonServer", "LiaisonStore", "LiaisonPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "LiaisonCLI",
            dependencies: [
                "LiaisonClient", "LiaisonAPI", "LiaisonDomain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(name: "liaison", dependencies: ["LiaisonCLI"]),
        // The benchmark (docs/benchmarks.md): a data set loaded with COPY, the release binaries
        // driven over HTTP, and pgbench with the same SQL.
        .executableTarget(
            name: "LiaisonBench",
            dependencies: [
                "LiaisonPostgres", "LiaisonStore", "LiaisonDomain", "LiaisonServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),

        .testTarget(
            name: "LiaisonPostgresTests",
            dependencies: [
                "LiaisonPostgres", "LiaisonStore", "TestSupport",
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "LiaisonServerTests",
            dependencies: [
                "LiaisonServer", "LiaisonStore", "LiaisonDomain", "LiaisonPostgres", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(name: "LiaisonDomainTests", dependencies: ["LiaisonDomain"]),
        .testTarget(
            name: "LiaisonClientTests",
            dependencies: ["LiaisonClient", "LiaisonCLI", "LiaisonDomain", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "TestSupport", "liaisond", "liaison", "LiaisonPostgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Shared by the test targets: the throwaway PostgreSQL cluster and per-test databases.
        .target(
            name: "TestSupport",
            dependencies: [
                "LiaisonPostgres", "LiaisonStore",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// In the targets that hold database connections, an async function runs on its caller's executor
// unless it says `@concurrent` (SE-0461). A connection is not Sendable, so that one PGconn never
// serves two tasks; with this, it can be handed to a store's async function and used after it.
let connectionHolders: Set = [
    "LiaisonPostgres", "LiaisonStore", "LiaisonServer", "liaisond", "LiaisonBench", "TestSupport",
    "LiaisonPostgresTests", "LiaisonServerTests", "EndToEndTests",
]
for target in package.targets where connectionHolders.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("NonisolatedNonsendingByDefault")]
}
