namespace DiscordApi.Messages;

/// <summary>Builds an <see cref="ActionRow"/> of at most five valid buttons.</summary>
public sealed class ActionRowBuilder
{
    private readonly List<Button> _buttons = [];

    public ActionRowBuilder AddButton(Button button)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (_buttons.Count >= DiscordLimits.ButtonsPerRow)
        {
            throw new DiscordLimitException("components", $"at most {DiscordLimits.ButtonsPerRow} buttons per row");
        }

        MessageValidator.ValidateButton(button);
        _buttons.Add(button);
        return this;
    }

    public ActionRowBuilder AddButton(ButtonStyle style, string customId, string label) =>
        AddButton(Button.Create(style, customId, label));

    public ActionRowBuilder AddLink(Uri url, string label) => AddButton(Button.Link(url, label));

    public ActionRow Build()
    {
        var row = new ActionRow(_buttons.ToArray());
        MessageValidator.ValidateRow(row);
        return row;
    }
}
