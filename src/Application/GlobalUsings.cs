// The vocabulary of every use case file (ADR-009): the mediator's and the validators' interfaces, and our results,
// security markers, audit markers and shared ports.
global using FluentValidation;
global using Mediator;
global using ServerStatus.Application.Common.Auditing;
global using ServerStatus.Application.Common.Ports;
global using ServerStatus.Application.Common.Results;
global using ServerStatus.Application.Common.Security;
