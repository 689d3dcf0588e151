namespace MedCoder.Chaos;

public sealed record ChaosOptions(int Count, double Rate, TimeSpan Pause, TimeSpan BrokerDown, TimeSpan DrainTimeout);
