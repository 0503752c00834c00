"""Methods tagged authentication: login.user, logout.user"""
