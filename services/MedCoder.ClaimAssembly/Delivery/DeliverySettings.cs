using System.Globalization;
using System.Text;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>How a payer receives its claims. A payer without configuration is pulled (the payer API, as before).</summary>
public enum DeliveryMode
{
    Webhook,
    Batch,
}

/// <summary>One payer's delivery: a webhook (URL, shared secret, body format) or a batch folder and period.</summary>
public sealed record PayerDelivery(string PayerId, DeliveryMode Mode, Uri? Url = null, string? Secret = null, string Format = PayerDelivery.X12, string? Folder = null, TimeSpan? Period = null)
{
    public const string X12 = "x12";
    public const string Fhir = "fhir";

    /// <summary>The payer is sent 837s: batch files always are, a webhook unless it takes FHIR.</summary>
    public bool TakesX12 => Mode == DeliveryMode.Batch || Format == X12;

    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"{PayerId} ({Mode})";
}

/// <summary>
/// MEDCODER_DELIVERY_* (README, Configuration; docs/architecture.md#delivery): which payers are pushed to or batched, and
/// the retry budget and circuit breaker of webhook pushes. Read from configuration and checked at start: an invalid value
/// stops the service naming the setting. No outbound call is made to a payer the operator did not configure.
/// </summary>
public sealed class DeliverySettings
{
    public const string PayersVariable = "MEDCODER_DELIVERY_PAYERS";
    public const string RetriesVariable = "MEDCODER_DELIVERY_RETRIES";
    public const string BackoffVariable = "MEDCODER_DELIVERY_BACKOFF_SECONDS";
    public const string TimeoutVariable = "MEDCODER_DELIVERY_TIMEOUT_SECONDS";
    public const string RoundsVariable = "MEDCODER_DELIVERY_MAX_ROUNDS";
    public const string BreakFailuresVariable = "MEDCODER_DELIVERY_BREAK_FAILURES";
    public const string BreakVariable = "MEDCODER_DELIVERY_BREAK_SECONDS";
    public const string PollVariable = "MEDCODER_DELIVERY_POLL_SECONDS";

    /// <summary>Polly's least break duration.</summary>
    private const double MinBreakSeconds = 0.5;

    public IReadOnlyDictionary<string, PayerDelivery> Payers { get; set; } = new Dictionary<string, PayerDelivery>(StringComparer.Ordinal);

    /// <summary>Retries of one push after the first attempt (exponential backoff with jitter).</summary>
    public int Retries { get; set; } = 3;

    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Failed pushes (each with its retries) before the claim goes to the dead-letter list.</summary>
    public int MaxRounds { get; set; } = 5;

    /// <summary>Failed attempts in the sampling window (with at least half failing) that open a payer's circuit.</summary>
    public int BreakFailures { get; set; } = 5;

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<PayerDelivery> Webhooks => Payers.Values.Where(p => p.Mode == DeliveryMode.Webhook);

    public IEnumerable<PayerDelivery> Batches => Payers.Values.Where(p => p.Mode == DeliveryMode.Batch);

    public static void AddTo(IServiceCollection services) =>
        services.AddOptions<DeliverySettings>()
            .Configure<IConfiguration>((settings, configuration) => settings.Read(key => configuration[key]))
            .ValidateOnStart();

    /// <summary>The per-payer variable name: MEDCODER_DELIVERY_&lt;PAYER&gt;_&lt;NAME&gt;, the payer id upper-cased with every other character as '_'.</summary>
    public static string PayerVariable(string payerId, string name)
    {
        var id = new StringBuilder(payerId.Length);
        foreach (var c in payerId)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return $"MEDCODER_DELIVERY_{id}_{name}";
    }

    /// <exception cref="FormatException">A setting is invalid; the message names it and what it accepts.</exception>
    public void Read(Func<string, string?> get)
    {
        Retries = (int)Whole(get, RetriesVariable, Retries, 0, 10);
        Backoff = Seconds(get, BackoffVariable, Backoff, 0.001);
        AttemptTimeout = Seconds(get, TimeoutVariable, AttemptTimeout, 0.01);
        MaxRounds = (int)Whole(get, RoundsVariable, MaxRounds, 1, 100);
        BreakFailures = (int)Whole(get, BreakFailuresVariable, BreakFailures, 2, 1000);
        BreakDuration = Seconds(get, BreakVariable, BreakDuration, MinBreakSeconds);
        Poll = Seconds(get, PollVariable, Poll, 0.01);

        var payers = new Dictionary<string, PayerDelivery>(StringComparer.Ordinal);
        foreach (var entry in (get(PayersVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !Enum.TryParse<DeliveryMode>(parts[1], ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
            {
                throw new FormatException($"{PayersVariable} must list payer=webhook or payer=batch, separated by commas");
            }

            payers[parts[0]] = mode == DeliveryMode.Webhook ? Webhook(parts[0], get) : Batch(parts[0], get);
        }

        Payers = payers;
    }

    private static PayerDelivery Webhook(string payer, Func<string, string?> get)
    {
        var urlName = PayerVariable(payer, "URL");
        if (!Uri.TryCreate(get(urlName), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new FormatException($"{urlName} must be the payer's absolute http(s) webhook URL");
        }

        var secretName = PayerVariable(payer, "SECRET");
        if (get(secretName) is not { Length: >= 16 } secret)
        {
            throw new FormatException($"{secretName} must be the shared signing secret, at least 16 characters");
        }

        var formatName = PayerVariable(payer, "FORMAT");
        var format = (get(formatName) ?? PayerDelivery.X12).Trim().ToLowerInvariant();
        if (format is not (PayerDelivery.X12 or PayerDelivery.Fhir))
        {
            throw new FormatException($"{formatName} must be x12 or fhir");
        }

        return new PayerDelivery(payer, DeliveryMode.Webhook, url, secret, format);
    }

    private static PayerDelivery Batch(string payer, Func<string, string?> get)
    {
        var folderName = PayerVariable(payer, "FOLDER");
        if (get(folderName) is not { Length: > 0 } folder || !Path.IsPathFullyQualified(folder))
        {
            throw new FormatException($"{folderName} must be the absolute folder the payer's batch files are written to");
        }

        var period = Seconds(get, PayerVariable(payer, "PERIOD_SECONDS"), TimeSpan.FromHours(1), 1);
        return new PayerDelivery(payer, DeliveryMode.Batch, Folder: folder, Period: period);
    }

    private static TimeSpan Seconds(Func<string, string?> get, string name, TimeSpan fallback, double min) =>
        get(name) is not { Length: > 0 } text ? fallback
        : double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= 86_400 * 7 ? TimeSpan.FromSeconds(value)
        : throw new FormatException($"{name} must be a number of seconds from {min.ToString(CultureInfo.InvariantCulture)} to 604800");

    private static long Whole(Func<string, string?> get, string name, long fallback, long min, long max) =>
        get(name) is not { Length: > 0 } text ? fallback
        : long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new FormatException($"{name} must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
}
