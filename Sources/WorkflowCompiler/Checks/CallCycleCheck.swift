import CatalogModel
import Diagnostics

/// C008: interconnected procedures must not call each other in a cycle.
enum CallCycleCheck {
    /// `calls[code]` lists (callee, range of the call) in workflow order.
    static func run(calls: [String: [(String, SourceRange)]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var state: [String: Int] = [:]  // 1 on the stack, 2 done
        var stack: [String] = []
        var reported: Set<String> = []

        // Depth-first, with an explicit stack: a chain of thousands of calling procedures costs no
        // call stack.
        func visit(_ root: String) {
            var frames: [(code: String, edge: Int)] = [(root, 0)]
            state[root] = 1
            stack.append(root)
            while let (code, edge) = frames.last {
                let callees = calls[code] ?? []
                guard edge < callees.count else {
                    frames.removeLast()
                    stack.removeLast()
                    state[code] = 2
                    continue
                }
                frames[frames.count - 1].edge += 1
                let (callee, range) = callees[edge]
                switch state[callee] {
                case 1:
                    let cycle = Array(stack[stack.lastIndex(of: callee)!...]) + [callee]
                    let key = Set(cycle).sorted().joined(separator: ",")
                    if reported.insert(key).inserted {
                        diagnostics.append(
                            Diagnostic(
                                .callCycle,
                                CompilerMessage.callCycle(procedures: cycle),
                                at: range))
                    }
                case nil:
                    state[callee] = 1
                    stack.append(callee)
                    frames.append((callee, 0))
                default:
                    break
                }
            }
        }
        for code in calls.keys.sorted() where state[code] == nil { visit(code) }
        return diagnostics
    }
}
