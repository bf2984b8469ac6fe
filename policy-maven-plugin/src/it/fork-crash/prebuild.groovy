// Make the project a repository of its own, as the goal looks for the folder holding .git
// (a folder named .git cannot be committed inside this repository).
new File(basedir, '.git').mkdirs()
return true
