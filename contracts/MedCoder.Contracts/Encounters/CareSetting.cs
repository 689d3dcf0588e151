namespace MedCoder.Contracts.Encounters;

/// <summary>Where care was given; office visits bill on the professional claim, the rest on the institutional one.</summary>
public enum CareSetting { Inpatient, Outpatient, Emergency, Office }
