using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DiscordApi.Gateway;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.UnitTests.Architecture;

/// <summary>
/// Our Discord client is a library of its own: it knows nothing of ServerStatus, keeps its JSON inside, and the
/// presentation layer never reads Discord payloads itself. Checked on the compiled assemblies.
/// </summary>
public sealed class DiscordClientBoundaryTests
{
    private static readonly Assembly DiscordClient = typeof(IDiscordGateway).Assembly;
    private static readonly Assembly Presentation = typeof(BotHost).Assembly;

    // The types a component needs to read or write JSON by hand; serialization attributes of its own endpoints are fine.
    private static readonly HashSet<string> JsonHandling = new(StringComparer.Ordinal)
    {
        "JsonElement", "JsonDocument", "JsonProperty", "Utf8JsonReader", "Utf8JsonWriter", "JsonSerializer",
        "JsonNode", "JsonObject", "JsonArray", "JsonValue", "JsonConverter`1",
    };

    [Fact]
    public void DiscordClientReferencesNoServerStatusAssembly()
    {
        var references = DiscordClient.GetReferencedAssemblies().Select(a => a.Name ?? "");

        references.Where(n => n.StartsWith("ServerStatus", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void PresentationNeverHandlesJson_WhileTheDiscordClientDoes()
    {
        var inPresentation = JsonTypesReferencedBy(Presentation);
        var inClient = JsonTypesReferencedBy(DiscordClient);

        inPresentation.ShouldBeEmpty();
        inClient.ShouldContain("JsonElement"); // the detector sees what it looks for
    }

    [Fact]
    public void DiscordClientExposesNoJsonTypes()
    {
        var exposing = PublicMembers(DiscordClient)
            .Where(m => SignatureTypes(m).Any(t => t.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true))
            .Select(m => $"{m.DeclaringType?.Name}.{m.Name}");

        exposing.ShouldBeEmpty();
    }

    [Fact]
    public void DiscordClientKeepsPayloadsParsersAndConvertersInternal()
    {
        var exported = DiscordClient.GetExportedTypes().Select(t => t.Name);

        exported.Where(n => n.EndsWith("Payload", StringComparison.Ordinal) || n.EndsWith("Payloads", StringComparison.Ordinal)
            || n.EndsWith("Parser", StringComparison.Ordinal) || n.EndsWith("Converter", StringComparison.Ordinal)).ShouldBeEmpty();
        exported.ShouldContain(nameof(IDiscordGateway));
    }

    private static List<string> JsonTypesReferencedBy(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Where(type => metadata.GetString(type.Namespace).StartsWith("System.Text.Json", StringComparison.Ordinal))
            .Select(type => metadata.GetString(type.Name))
            .Where(JsonHandling.Contains)
            .Distinct()];
    }

    private static IEnumerable<MemberInfo> PublicMembers(Assembly assembly) =>
        assembly.GetExportedTypes().SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        _ => [],
    };
}
