public enum TTHCVersion { public static let string = "0.1.0" }
