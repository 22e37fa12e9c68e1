namespace DiscordApi.Events;

/// <summary>The <c>data</c> of an interaction: command fields, or component fields, whichever apply.</summary>
public sealed record InteractionData(
    string? CommandName,
    IReadOnlyList<InteractionOption> Options,
    string? CustomId,
    int? ComponentType,
    IReadOnlyList<string> Values,
    IReadOnlyList<ulong> ResolvedUserIds,
    IReadOnlyList<ulong> ResolvedRoleIds)
{
    public static InteractionData Empty { get; } = new(null, [], null, null, [], [], []);
}
