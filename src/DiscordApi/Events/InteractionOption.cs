namespace DiscordApi.Events;

/// <summary>One command option; sub-commands and groups carry nested <see cref="Options"/>.
/// Exactly one of the value properties is set when the option has a value: strings (also user/role/channel ids and
/// partial autocomplete input) in <see cref="StringValue"/>, integers in <see cref="IntegerValue"/>, numbers in
/// <see cref="NumberValue"/>, booleans in <see cref="BooleanValue"/>.</summary>
public sealed record InteractionOption(
    string Name,
    int Type,
    string? StringValue,
    long? IntegerValue,
    double? NumberValue,
    bool? BooleanValue,
    IReadOnlyList<InteractionOption> Options,
    bool Focused);
