import Foundation

/// The system's words for a file error ("No such file or directory"), not Foundation's sentence
/// about it ("The operation could not be completed. The file doesn't exist."), for the messages
/// that say why a folder or file could not be made.
public enum FileErrorReason {
    public static func text(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if error.domain == NSCocoaErrorDomain, let code = posixCode(CocoaError.Code(rawValue: error.code)) {
            return String(cString: strerror(code))
        }
        return error.localizedDescription
    }

    /// The errno a Foundation file error stands for, where it names one.
    private static func posixCode(_ code: CocoaError.Code) -> Int32? {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileWriteFileExists: EEXIST
        case .fileWriteNoPermission, .fileReadNoPermission: EACCES
        case .fileWriteVolumeReadOnly: EROFS
        case .fileWriteOutOfSpace: ENOSPC
        default: nil
        }
    }
}
