using System.Threading.Channels;

namespace ServerStatus.Application.Board;

/// <summary>
/// Something a board shows may have changed (a container event was handled, a board was created): the board service
/// waits on it. Pokes while nobody waits collapse into one.
/// </summary>
public sealed class ServerChangeSignal
{
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>A server of <paramref name="engine"/> changed (or a board did: any text).</summary>
    public void Poke(string engine) => _changes.Writer.TryWrite(engine);

    /// <summary>Completes at the next poke (at once when one came since the last wait).</summary>
    public async Task WaitAsync(CancellationToken ct) => await _changes.Reader.ReadAsync(ct);
}
