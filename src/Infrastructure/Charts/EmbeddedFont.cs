using ScottPlot;
using SkiaSharp;

namespace ServerStatus.Infrastructure.Charts;

/// <summary>
/// DejaVu Sans, embedded in this assembly (free licence: <c>Charts/Fonts/LICENSE</c>), given to ScottPlot for every font
/// name it asks for, so that charts look the same on every machine and need no system fonts.
/// </summary>
internal sealed class EmbeddedFont : IFontResolver
{
    public const string Name = "DejaVu Sans";
    private const string Resource = "ServerStatus.Infrastructure.Charts.DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Loaded = new(Load);
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>The typeface, for text drawn on the canvas directly.</summary>
    public static SKTypeface Typeface => Loaded.Value;

    /// <summary>Puts the font first among ScottPlot's resolvers (once per process).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                Fonts.FontResolvers.Insert(0, new EmbeddedFont());
                _installed = true;
            }
        }
    }

    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Loaded.Value;

    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => Loaded.Value;

    private static SKTypeface Load()
    {
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The chart font {Resource} is not embedded in {typeof(EmbeddedFont).Assembly.GetName().Name}.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The chart font {Resource} could not be read.");
    }
}
