using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Watch;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>The bot's power calls over an engine, recording its own actions like the host does.</summary>
public static class TestPower
{
    public static ServerPower Of(IContainerEngine engine, ICurrentActor actor, OwnActions? own = null) =>
        new(engine, own ?? new OwnActions(TimeProvider.System), actor);
}
