"""The hedging and speculation classifier (features, weights and the loaded model)."""
