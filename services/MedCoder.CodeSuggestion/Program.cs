using MedCoder.CodeSuggestion;
using MedCoder.ServiceDefaults;

ServiceHost.Run(args, CodeSuggestionModule.Name, s => s.AddCodeSuggestion(), bus => bus.AddCodeSuggestionConsumers(), app => app.MapCodeSuggestion());
