/// The OpenAPI document this module's types were generated from, byte for byte.
public enum OpenAPIDocument {
    public static let yaml: String = EmbeddedFiles.all.first { $0.name == "openapi.yaml" }!.contents
}
