namespace ServerStatus.Domain.Servers;

/// <summary>
/// Identifies one server: the engine it lives on, its container id, and the name users see
/// (the <c>serverstatus.name</c> alias or the container name).
/// </summary>
public sealed record ServerId(string Engine, string ContainerId, string Name)
{
    /// <summary>The engine-qualified name, e.g. <c>eu1/mc</c>; unique across engines.</summary>
    public string QualifiedName => $"{Engine}/{Name}";
}
