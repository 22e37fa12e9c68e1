namespace ServerStatus.Domain.Watch;

public enum IncidentChangeKind
{
    /// <summary>The server runs another image than when it last ran well.</summary>
    Image,

    /// <summary>Someone acted on the server through the bot (a console line, exec, restore, update).</summary>
    Action,
}
