namespace ServerStatus.Application.Graphs;

/// <summary>Draws a <see cref="ChartModel"/> as a PNG image, off the caller's thread.</summary>
public interface IChartRenderer
{
    Task<byte[]> RenderPngAsync(ChartModel chart, CancellationToken ct);
}
