// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    targets: [
        // libedit behind non-variadic C wrappers, reached only through JixiaoShell's EditLineReader.
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
        .target(name: "JixiaoCore"),
        .target(name: "JixiaoLanguage", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoRender", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoCommands", dependencies: ["JixiaoCore", "JixiaoLanguage", "JixiaoRender"]),
        .target(name: "JixiaoShell", dependencies: ["JixiaoCommands", "JixiaoLanguage", "JixiaoRender", "CEditLine"]),
        .executableTarget(name: "jixiao", dependencies: ["JixiaoShell"]),
        .target(name: "TestSupport", dependencies: ["JixiaoCommands"], path: "Tests/TestSupport"),
        .testTarget(name: "JixiaoCoreTests", dependencies: ["JixiaoCore", "TestSupport"]),
        .testTarget(name: "JixiaoLanguageTests", dependencies: ["JixiaoLanguage", "TestSupport"]),
        .testTarget(name: "JixiaoRenderTests", dependencies: ["JixiaoRender", "TestSupport"]),
        .testTarget(name: "JixiaoCommandsTests", dependencies: ["JixiaoCommands", "TestSupport"]),
        .testTarget(name: "JixiaoShellTests", dependencies: ["JixiaoShell", "TestSupport"]),
    ]
)
