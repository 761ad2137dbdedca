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
            .oldArtifactFormat(hash: hash, version: version, current: CompiledCatalog.currentFormatVersion))
    }
}
