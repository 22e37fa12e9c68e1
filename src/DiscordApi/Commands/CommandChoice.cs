using System.Globalization;

namespace DiscordApi.Commands;

/// <summary>A fixed choice of a command option, or an autocomplete suggestion. The value is a string, a long or a double.</summary>
public sealed record CommandChoice
{
    private CommandChoice(string name, object value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    /// <summary>A <see cref="string"/>, <see cref="long"/> or <see cref="double"/>.</summary>
    public object Value { get; }

    public static CommandChoice Of(string name, string value) => new(name, value);

    public static CommandChoice Of(string name, long value) => new(name, value);

    public static CommandChoice Of(string name, double value) => new(name, value);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Value}");
}
