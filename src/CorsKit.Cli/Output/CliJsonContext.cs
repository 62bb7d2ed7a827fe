using System.Text.Json.Serialization;

namespace CorsKit.Cli.Output;

/// <summary>Source-generated System.Text.Json metadata for every <c>--json</c> document.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckDocument))]
[JsonSerializable(typeof(AuditDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
