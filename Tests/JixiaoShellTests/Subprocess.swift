#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs a program and collects its output, with posix_spawn and waitpid. Foundation's Process is not used: it
/// never reaps a tmux client that starts a server, and it hands children the test runner's blocked signals.
/// Children here start with no signal blocked and default signal handling, as from a login shell.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `path` with `arguments` in exactly `environment`; feeds `input` to its standard input (else
    /// /dev/null). With `collect` false, its output goes to /dev/null (for a process that leaves a daemon
    /// behind holding its pipes).
    ///
    /// The interface speaks English unless `environment` says `JIXIAO_LANG` (an empty value leaves the choice
    /// to the locale variables), so that the tests written against English texts read them.
    static func run(_ path: String, _ arguments: [String], environment: [String: String], input: String? = nil,
                    collect: Bool = true) throws -> Result {
        var environment = environment
        if environment["JIXIAO_LANG"] == nil { environment["JIXIAO_LANG"] = "en" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var inputPipe: [Int32] = [-1, -1], outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        if input != nil {
            guard closeOnExecPipe(&inputPipe) else { throw Failure(description: "pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
            posix_spawn_file_actions_addclose(&actions, inputPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        if collect {
            guard closeOnExecPipe(&outputPipe), closeOnExecPipe(&errorPipe) else { throw Failure(description: "pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
            posix_spawn_file_actions_addclose(&actions, outputPipe[0])
            posix_spawn_file_actions_addclose(&actions, errorPipe[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        // Nothing else of the test runner's leaks into the child (pipes of tests running beside this one).
        for fd in inheritedDescriptors() { posix_spawn_file_actions_addclose(&actions, fd) }

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        for fd in [inputPipe[0], outputPipe[1], errorPipe[1]] where fd >= 0 { close(fd) }
        guard spawned == 0 else {
            for fd in [inputPipe[1], outputPipe[0], errorPipe[0]] where fd >= 0 { close(fd) }
            throw Failure(description: "cannot run \(path): \(String(cString: strerror(spawned)))")
        }
        if let input, inputPipe[1] >= 0 {
            let bytes = Array(input.utf8)
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { write(inputPipe[1], $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                written += count
            }
            close(inputPipe[1])
        }
        var output: [UInt8] = [], errors: [UInt8] = []
        if collect { readBoth(outputPipe[0], &output, errorPipe[0], &errors) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    /// The open descriptors above 2 (glibc ignores a close action for one that has closed meanwhile).
    private static func inheritedDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.filter { $0 > 2 }
    }

    /// A pipe whose ends close on exec, made atomically with pipe2 (which Glibc's Swift module leaves out).
    /// Tests run in parallel: a plain pipe's write end would leak into a child another test spawns meanwhile,
    /// and the first child would then wait for the end of its input for ever. dup2 clears the flag on the
    /// child's own 0, 1 and 2.
    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Bool {
        guard let pipe2 else { return false }
        return fds.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return pipe2(base, O_CLOEXEC) == 0
        }
    }

    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    private static let pipe2: Pipe2? = dlsym(nil, "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }

    /// Reads two pipes to their ends at once, so neither can fill up and stall the child.
    private static func readBoth(_ first: Int32, _ firstBytes: inout [UInt8], _ second: Int32, _ secondBytes: inout [UInt8]) {
        var open = [first, second]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                } else if entry.fd == first {
                    firstBytes += buffer[..<count]
                } else {
                    secondBytes += buffer[..<count]
                }
            }
        }
    }
}
