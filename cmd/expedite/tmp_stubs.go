package main

func runWizard(args []string, e *env) error {
	return usagef("", "the wizard is not built yet; use 'expedite check FILE'")
}
