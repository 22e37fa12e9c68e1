namespace ServerStatus.Application.Common.Progress;

/// <summary>Where a long job is: its <see cref="JobStages">stage</see>, and for stages that stream, the bytes done so far.</summary>
public sealed record JobProgress(string Stage, long? BytesDone = null);
