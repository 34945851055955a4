/// The version of this build of Liaison.
public enum LiaisonVersion {
    public static let current = "0.1.0"
}
