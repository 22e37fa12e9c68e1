namespace ServerStatus.Application.Servers.Common;

/// <summary>CPU (percent of one core times cores, as <c>docker stats</c> shows it) and memory of a running server.</summary>
public sealed record ResourceUsage(double? CpuPercent, long MemoryBytes, long? MemoryLimitBytes);
