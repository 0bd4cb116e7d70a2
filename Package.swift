// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    dependencies: [
        // Writes the ZIP container of .xlsx workbooks (see README, Dependencies).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The command line: generated usage, completion scripts, `--x=V` forms (see README, Dependencies).
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // The PostgreSQL wire protocol (authentication, extended queries with bound parameters, cancellation):
        // only JixiaoDatabase depends on it (see README, Dependencies).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // postgres-nio's own dependencies, named for the types its API hands over (ByteBuffer, Logger).
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        // libedit behind non-variadic C wrappers, reached only through JixiaoShell's EditLineReader.
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
        // zlib, for reading workbooks: ZIPReader inflates their parts itself (see README, Dependencies).
        .systemLibrary(name: "JixiaoZlib", providers: [.apt(["zlib1g-dev"])]),
        // Pinyin order comes from the ICU that Foundation uses on Linux (its _FoundationICU module): see README.
        .target(name: "JixiaoCore", dependencies: ["JixiaoZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .target(name: "JixiaoLanguage", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoRender", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoEvaluation", dependencies: ["JixiaoCore", "JixiaoRender"]),
        // Database sources: connection settings, the push-down of leading pipeline stages to SQL, and the rows read
        // back as exact columns. The one target that links postgres-nio, so the engine below builds without it.
        .target(name: "JixiaoDatabase", dependencies: ["JixiaoCore", "JixiaoLanguage",
                                                       .product(name: "PostgresNIO", package: "postgres-nio"),
                                                       .product(name: "NIOCore", package: "swift-nio"),
                                                       .product(name: "Logging", package: "swift-log")]),
        .target(name: "JixiaoCommands", dependencies: ["JixiaoCore", "JixiaoLanguage", "JixiaoRender", "JixiaoEvaluation", "JixiaoDatabase"]),
        // Sessions sit above the commands, as the data flows: journals, script reading and replay, lessons,
        // notebooks, and the commands that save and replay (the registry of every command is kept here).
        .target(name: "JixiaoSession", dependencies: ["JixiaoCore", "JixiaoLanguage", "JixiaoRender", "JixiaoEvaluation", "JixiaoCommands", "JixiaoDatabase"]),
        .target(name: "JixiaoShell", dependencies: ["JixiaoCommands", "JixiaoLanguage", "JixiaoRender", "JixiaoSession", "JixiaoDatabase", "CEditLine",
                                                   .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "jixiao", dependencies: ["JixiaoShell"]),
        // Test helpers by layer: CoreTestSupport needs only the engine, so Core, Language and Render tests build
        // nothing above it; TestSupport adds workspaces and interpreters for the commands and above.
        .target(name: "CoreTestSupport", dependencies: ["JixiaoCore"], path: "Tests/CoreTestSupport"),
        .target(name: "TestSupport", dependencies: ["CoreTestSupport", "JixiaoCommands", "JixiaoSession"], path: "Tests/TestSupport"),
        // Writes a large file through AtomicFile and pauses halfway, for the test that kills a process mid-write.
        .executableTarget(name: "AtomicWriteProbe", dependencies: ["JixiaoCore"], path: "Tests/Helpers/AtomicWriteProbe"),
        .testTarget(name: "JixiaoCoreTests", dependencies: ["JixiaoCore", "CoreTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "JixiaoLanguageTests", dependencies: ["JixiaoLanguage", "CoreTestSupport"]),
        .testTarget(name: "JixiaoRenderTests", dependencies: ["JixiaoRender", "CoreTestSupport"]),
        .testTarget(name: "JixiaoEvaluationTests", dependencies: ["JixiaoEvaluation", "JixiaoCommands", "TestSupport"]),
        .testTarget(name: "JixiaoCommandsTests", dependencies: ["JixiaoCommands", "TestSupport"]),
        .testTarget(name: "JixiaoDatabaseTests", dependencies: ["JixiaoDatabase", "JixiaoCommands", "JixiaoRender", "TestSupport"]),
        .testTarget(name: "JixiaoSessionTests", dependencies: ["JixiaoSession", "JixiaoShell", "TestSupport"]),
        .testTarget(name: "JixiaoShellTests", dependencies: ["JixiaoShell", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ]
)
