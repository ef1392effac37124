package main

func runWizard(args []string, e *env) error { return usagef("", "the wizard is not built yet; use 'expedite check FILE'") }
func runRender(args []string, e *env) error { return usagef("render", "render is not built yet") }
