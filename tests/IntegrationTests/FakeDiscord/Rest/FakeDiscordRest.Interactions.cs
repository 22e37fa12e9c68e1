using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Interactions: callbacks (reply, defer, update, autocomplete), the original response, follow-ups and their webhook edits.
public sealed partial class FakeDiscordRest
{
    private readonly Dictionary<string, FakeInteraction> _interactions = new(StringComparer.Ordinal);

    public FakeInteraction? GetInteraction(string token)
    {
        lock (_sync)
        {
            return _interactions.GetValueOrDefault(token);
        }
    }

    /// <summary>
    /// Tells the fake that the interaction <paramref name="token"/> is a click on a component of
    /// <paramref name="messageId"/> (the gateway side knows this, REST does not): its <c>@original</c> is that message.
    /// </summary>
    public void RegisterComponentInteraction(ulong interactionId, string token, ulong messageId)
    {
        lock (_sync)
        {
            _interactions[token] = new FakeInteraction
            {
                Id = interactionId,
                Token = token,
                Original = _messages.GetValueOrDefault(messageId),
            };
        }
    }

    private Reply Callback(ulong interactionId, string token, JsonObject body, IReadOnlyList<FakeFilePart> files)
    {
        if (!_interactions.TryGetValue(token, out var interaction))
        {
            interaction = new FakeInteraction { Id = interactionId, Token = token };
            _interactions[token] = interaction;
        }

        interaction.Callbacks.Add((JsonObject)body.DeepClone());
        if (interaction.Callbacks.Count > 1)
        {
            return Error(400, 40060, "Interaction has already been acknowledged.");
        }

        var type = (int?)body["type"] ?? 0;
        var data = body["data"] as JsonObject ?? [];
        switch (type)
        {
            case 4:
                var reply = CreateMessage(0, data, files, token, out var created);
                interaction.Original = created;
                return created is null ? Refused(reply, interaction) : NoContent();
            case 5:
                interaction.Original = new FakeMessage { Id = NextId(), ChannelId = 0, Content = null, InteractionToken = token, Flags = (int?)data["flags"] ?? 0 };
                _messages[interaction.Original.Id] = interaction.Original;
                return NoContent();
            case 7 when interaction.Original is not null:
                // UPDATE_MESSAGE edits the message that carries the component.
                var updated = EditMessage(interaction.Original, data, files);
                return updated.Status == 200 ? NoContent() : Refused(updated, interaction);
            case 6 or 7 or 1 or 9:
                if (type == 7 && FakeBodyValidator.ValidateMessage(data) is { } invalid)
                {
                    interaction.Callbacks.Clear();
                    return Json(400, invalid);
                }

                return NoContent();
            case 8:
                if (FakeBodyValidator.ValidateChoices(body) is { } tooMany)
                {
                    interaction.Callbacks.Clear();
                    return Json(400, tooMany);
                }

                return NoContent();
            default:
                interaction.Callbacks.Clear();
                return Error(400, 50035, "Invalid Form Body");
        }
    }

    private static Reply Refused(Reply failure, FakeInteraction interaction)
    {
        interaction.Callbacks.Clear(); // a refused callback does not acknowledge the interaction
        return failure;
    }

    private Reply Followup(ulong applicationId, string token, JsonObject body, IReadOnlyList<FakeFilePart> files)
    {
        if (applicationId != ApplicationId)
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        if (!_interactions.TryGetValue(token, out var interaction))
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        var reply = CreateMessage(0, body, files, token, out var created);
        if (created is not null)
        {
            interaction.Followups.Add(created);
        }

        return reply;
    }

    private FakeMessage? FindWebhookMessage(string token, string messageId)
    {
        if (!_interactions.TryGetValue(token, out var interaction))
        {
            return null;
        }

        var message = messageId == "@original" ? interaction.Original : interaction.Followups.FirstOrDefault(m => Str(m.Id) == messageId);
        return message is { IsDeleted: false } ? message : null;
    }
}
