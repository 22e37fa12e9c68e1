namespace ServerStatus.Infrastructure.Docker;

/// <summary>An <see cref="IProgress{T}"/> that reports inline: <see cref="Progress{T}"/> posts to the thread pool and reorders.</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
