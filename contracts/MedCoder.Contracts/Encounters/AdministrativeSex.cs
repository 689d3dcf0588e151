namespace MedCoder.Contracts.Encounters;

public enum AdministrativeSex { Female, Male, Unknown }
