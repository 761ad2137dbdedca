import CaseEngine
import Foundation
import WorkflowCompiler

/// The artifact format a store's cases are pinned to, whichever the store.
package enum StoredArtifactFormat {
    /// Cases pinned to an artifact of an earlier format are refused in words, never run on a
    /// misread graph.
    package static func requireCurrent(_ hash: String, header: Data) throws {
        let version = ArtifactParts.formatVersion(ofHeader: [UInt8](header))
        guard let version, version != CompiledCatalog.currentFormatVersion else { return }
        throw CaseError.storage(
            "the stored artifact \(hash) is in format version \(version), written by an earlier tthc; this tthc reads version \(CompiledCatalog.currentFormatVersion), so it cannot run or migrate the cases pinned to it: finish them with the tthc that opened them, and open new cases on an artifact compiled by this one"
        )
    }
}
