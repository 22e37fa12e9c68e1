using System.Globalization;

namespace ServerStatus.Infrastructure.Charts;

/// <summary>
/// The time axis' tick labels, in UTC, written the way the asking user's language writes times and dates: <c>14:30</c> and
/// <c>3. Dez.</c> in German, <c>2:30 PM</c> and <c>Dec 3</c> in US English. Without a language, or with one .NET does not
/// know, the invariant 24-hour <c>14:30</c> and <c>3 Dec</c>.
/// </summary>
internal sealed class ChartTimeLabels
{
    private readonly CultureInfo _culture;
    private readonly string _time;
    private readonly string _date;

    private ChartTimeLabels(CultureInfo culture, string time, string date) => (_culture, _time, _date) = (culture, time, date);

    public static ChartTimeLabels Invariant { get; } = new(CultureInfo.InvariantCulture, "HH:mm", "d MMM");

    /// <summary>The labels of the culture named <paramref name="name"/> (a Discord locale such as <c>de</c> or <c>pt-BR</c>).</summary>
    public static ChartTimeLabels For(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Invariant;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return Invariant;
        }

        if (culture.Equals(CultureInfo.InvariantCulture))
        {
            return Invariant;
        }

        // The culture's day-and-month pattern with the month abbreviated ("d. MMMM" → "d. MMM", "MMMM d" → "MMM d").
        var format = culture.DateTimeFormat;
        var date = format.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
        return new ChartTimeLabels(culture, format.ShortTimePattern, date);
    }

    /// <summary>A tick at <paramref name="at"/> (UTC): the date at midnight (every tick of a long range is one), else the time.</summary>
    public string Format(DateTime at) => at.ToString(at.TimeOfDay == TimeSpan.Zero ? _date : _time, _culture);
}
