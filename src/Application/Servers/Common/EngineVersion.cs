namespace ServerStatus.Application.Servers.Common;

/// <summary>A configured engine's version, or why it could not be read.</summary>
public sealed record EngineVersion(string Engine, string? Version, string? ApiVersion, string? Problem);
