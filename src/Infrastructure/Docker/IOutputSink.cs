namespace ServerStatus.Infrastructure.Docker;

/// <summary>Receives the demultiplexed frames of a container's output.</summary>
public interface IOutputSink
{
    void Add(bool isStderr, ReadOnlySpan<byte> bytes);
}
