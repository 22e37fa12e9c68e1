using System.Text.Json.Nodes;
using DiscordApi.Commands;

namespace DiscordApi.Rest;

/// <summary>Decides whether the registered commands already equal the desired ones (compared as the JSON we would send).</summary>
internal static class CommandSetComparer
{
    public static bool AreEqual(IReadOnlyList<ApplicationCommandDefinition> registered, IReadOnlyList<ApplicationCommandDefinition> desired)
    {
        if (registered.Count != desired.Count)
        {
            return false;
        }

        var byKey = registered.ToDictionary(c => (c.Type, c.Name));
        foreach (var wanted in desired)
        {
            if (!byKey.TryGetValue((wanted.Type, wanted.Name), out var actual))
            {
                return false;
            }

            // Discord fills in default contexts when we leave them out; only compare them when we chose some.
            if (wanted.Contexts.Count == 0)
            {
                actual = actual with { Contexts = [] };
            }

            if (!JsonNode.DeepEquals(RestPayloads.Command(actual), RestPayloads.Command(wanted)))
            {
                return false;
            }
        }

        return true;
    }
}
